from collections import abc, Counter
from math import sqrt, tau, gamma
