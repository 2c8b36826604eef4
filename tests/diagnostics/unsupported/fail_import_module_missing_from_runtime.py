import asyncio
import random
from json import dumps
