import asyncio
import random
from contextlib import suppress
