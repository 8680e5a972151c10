from h import *
rng=np.random.default_rng(764); n=8; x=rng.normal(scale=8,size=n); w=10.0; e=2.0
C=w-w*np.log(1+w/e); ax=np.abs(x)
run('c764_wing', {'x':x,'w':w,r'\epsilon':e}, np.where(ax<w, w*np.log(1+ax/e), ax-C), fn='wing')
