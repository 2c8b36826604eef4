from collections import abc, deque
from math import sqrt, tau, gamma
