"""`make run`: Kurv on this machine, on an embedded AWS emulator (moto). The tests drive the
same stack (LocalStack, LocalLoop), so what runs locally is what is tested."""
