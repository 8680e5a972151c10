from h import *
d=8; i=np.arange(1,d//2+1)
run('c1856_rope_freqs', {}, 10000.0**(-2*(i-1)/d), fn=r'\theta', dims={'d':d})
