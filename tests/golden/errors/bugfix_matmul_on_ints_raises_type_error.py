x = 3
try:
    x @= 2
except TypeError as e:
    print(e)
try:
    print(x @ 2)
except TypeError as e:
    print(e)
print(x)
y = 2.5
y //= 2
print(y)
print(x @ 4)
