from h import *
n,d=5,6; P=np.zeros((n,d)); i=np.arange(n)[:,None]; j=np.arange(d//2)[None,:]
P[:,0::2]=np.sin(i/10000**(2*j/d)); P[:,1::2]=np.cos(i/10000**(2*j/d))
run('c1298_d2l_posenc', {}, P, fn='p', dims={'n':n,'d':d})
