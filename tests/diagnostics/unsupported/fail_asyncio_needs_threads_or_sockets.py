# The parts of asyncio that need threads, sockets or subprocesses stop translation at the name,
# however the program reaches them.
import asyncio
from asyncio import open_connection, to_thread


async def serve(reader, writer):
    writer.close()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    proc = await asyncio.create_subprocess_exec("true")
    future = asyncio.run_coroutine_threadsafe(main(), asyncio.get_running_loop())
    reader, writer = await open_connection("127.0.0.1", 80)
    await to_thread(print, "hi")
    return server, proc, future, reader, writer


asyncio.run(main())
