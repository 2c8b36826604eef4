from codes import *


def describe():
    return [FAILURE, SUCCESS, ANY]


print("user sees", FAILURE, SUCCESS, ANY)
