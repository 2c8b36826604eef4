print("shapes/geometry/__init__ runs:", __name__, __package__)
