from h import *
rng=np.random.default_rng(2023); d=6; q=rng.normal(size=d); i=3.0; Th=10000.0
k=np.arange(1,d//2+1); th=i/Th**((2*k-2)/d); out=np.empty(d)
out[0::2]=np.cos(th)*q[0::2]-np.sin(th)*q[1::2]; out[1::2]=np.sin(th)*q[0::2]+np.cos(th)*q[1::2]
run('c2023_cs336_rope_angles', {'q^{(i)}':q, 'i':i, r'\Theta':Th}, out, fn="q'^{(i)}_{2k-1}")
