# while ... else: the else clause runs when the loop ends without break,
# including when the condition is false from the start.


def count(n):
    i = 0
    while i < n:
        i += 1
    else:
        print("else after", i)
    return i


def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")


def skip_odd(n):
    i = 0
    seen = []
    while i < n:
        i += 1
        if i % 2:
            continue
        seen.append(i)
    else:
        print("even", seen)


def early_return(n):
    i = 0
    while True:
        if i == n:
            return "returned at " + str(i)
        i += 1
    else:
        print("never printed")


def return_from_else(n):
    while n > 0:
        n -= 1
    else:
        return "else returned"
    return "after loop"


def nested():
    outer = 0
    while outer < 3:
        outer += 1
        inner = 0
        while inner < 3:
            inner += 1
            if outer == 2 and inner == 2:
                break
        else:
            print("inner finished for outer", outer)
            continue
        print("inner broke for outer", outer)
    else:
        print("outer finished")


def break_in_else():
    for x in range(3):
        while False:
            pass
        else:
            if x == 1:
                print("break from else at", x)
                break
            print("else at", x)
    else:
        print("for else not reached")


count(0)
count(3)
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
skip_odd(6)
print(early_return(2))
print(return_from_else(2))
print(return_from_else(0))
nested()
break_in_else()

flag = 3
while flag:
    flag -= 1
else:
    print("module-level else", flag)

while flag:
    pass
else:
    print("module-level else, false at once")
