import asyncio
async def probe(n):
    await asyncio.sleep(n / 100)
    return n
async def main():
    tasks = {asyncio.create_task(probe(n), name=str(n)) for n in (1, 5)}
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", sorted((t.get_name(), t.cancelled()) for t in pending))
asyncio.run(main())
