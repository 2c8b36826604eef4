# CPython allows 20 frame blocks per code object (CO_MAXBLOCKS): the 21st loop is refused.
def walk(grid):
    for c0 in grid:
        for c1 in grid:
            for c2 in grid:
                for c3 in grid:
                    for c4 in grid:
                        for c5 in grid:
                            for c6 in grid:
                                for c7 in grid:
                                    for c8 in grid:
                                        for c9 in grid:
                                            for c10 in grid:
                                                for c11 in grid:
                                                    for c12 in grid:
                                                        for c13 in grid:
                                                            for c14 in grid:
                                                                for c15 in grid:
                                                                    for c16 in grid:
                                                                        for c17 in grid:
                                                                            for c18 in grid:
                                                                                for c19 in grid:
                                                                                    for c20 in grid:
                                                                                        pass
