package golden

func broken() {
	x := )
}
