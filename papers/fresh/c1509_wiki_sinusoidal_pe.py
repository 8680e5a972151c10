from h import *
d=8; t=3.0; N=10000.0; k=np.arange(d//2); th=t/(N**(2/d))**k; pe=np.zeros(d); pe[0::2]=np.sin(th); pe[1::2]=np.cos(th)
run('c1509_wiki_sinusoidal_pe', {'t':t,'N':N}, pe, fn='f', dims={'d':d})
