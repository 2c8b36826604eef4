# A module found neither beside the script nor in any -I folder: CPython's words, at the import.
import asyncio
import helpers_that_do_not_exist
