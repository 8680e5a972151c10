from h import *
L,dm=5,6; pos=np.arange(L)[:,None]; i=np.arange(dm//2)[None,:]; ang=pos/10000**(2*i/dm)
pe=np.zeros((L,dm)); pe[:,0::2]=np.sin(ang); pe[:,1::2]=np.cos(ang)
run('c1449_annotated_pe', {}, pe, fn='PE', dims={'L':L, r'd_{\text{model}}':dm})
