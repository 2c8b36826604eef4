# A finally body is compiled first on the normal path, outside FINALLY_END, so the
# handler inside it overflows before the nested try does under FINALLY_END.
def walk(grid):
    while grid:
        while grid:
            while grid:
                while grid:
                    while grid:
                        while grid:
                            while grid:
                                while grid:
                                    while grid:
                                        while grid:
                                            while grid:
                                                while grid:
                                                    while grid:
                                                        while grid:
                                                            while grid:
                                                                while grid:
                                                                    while grid:
                                                                        while grid:
                                                                            while grid:
                                                                                try:
                                                                                    pass
                                                                                finally:
                                                                                    try:
                                                                                        pass
                                                                                    except KeyError:
                                                                                        pass
