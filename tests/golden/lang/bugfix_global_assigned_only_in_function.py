# A name declared `global` and bound only inside functions is still a
# module global: unbound (NameError) until a function binds it.
def setup():
    global X
    X = 41

def show():
    print(X + 1)

try:
    show()
except NameError as e:
    print("NameError:", e)
setup()
show()

def forget():
    global Y
    del Y

try:
    forget()
except NameError as e:
    print("NameError:", e)

def counter():
    global COUNT
    try:
        COUNT += 1
    except NameError:
        COUNT = 1
    return COUNT

print(counter(), counter(), counter())
print(X, COUNT)
