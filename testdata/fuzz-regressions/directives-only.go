//goleaklint:ignore
//goleaklint:file-ignore
//nolint:
//goleaklint:ignore GL101,,, 
package p
