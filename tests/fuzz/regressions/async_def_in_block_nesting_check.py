async def main():
    for x in y:
        pass
