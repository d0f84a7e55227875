/*
 * Test harness only, never shipped: Go 1.26's Windows runtime draws its
 * random numbers from ProcessPrng in bcryptprimitives.dll, which Wine 8
 * does not have, so no Go program starts under it. This one-function DLL
 * gives Wine that entry point on top of RtlGenRandom (advapi32's
 * SystemFunction036), which Wine does have.
 */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!RtlGenRandom(data, chunk))
			return FALSE;
		data += chunk;
		len -= chunk;
	}
	return TRUE;
}
