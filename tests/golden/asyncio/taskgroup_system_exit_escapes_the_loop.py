# A task of a TaskGroup raising SystemExit: the Task's step re-raises it out of the event loop,
# asyncio.run's shutdown resumes main, whose TaskGroup raises the SystemExit itself rather
# than a group, and the program goes on after asyncio.run.
import asyncio


async def quitter():
    await asyncio.sleep(0.01)
    raise SystemExit(3)


async def bystander():
    try:
        await asyncio.sleep(1)
    finally:
        print("bystander finally")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quitter())
            tg.create_task(bystander())
    except SystemExit as e:
        print("caught in main:", e.code)
    print("main continues during shutdown")


try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit out of asyncio.run:", e.code)
print("end")
