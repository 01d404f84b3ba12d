print("deb: todo")
