x = import
