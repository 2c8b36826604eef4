print("gamma body")
value = "gamma"
if __name__ == "__main__":
    print("never: gamma is imported")
