"""Publishing: turns what the user wrote into publish records and sends them when due."""
