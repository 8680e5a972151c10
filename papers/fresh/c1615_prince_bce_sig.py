from h import *
rng=np.random.default_rng(1615); I=6; y=(rng.random(I)<0.5).astype(float); f=rng.normal(size=I)
s=1/(1+np.exp(-f))
run('c1615_prince_bce_sig', {r'\mathbf{y}':y, r'\mathbf{f}[\mathbf{x}_i, \boldsymbol\phi]':f}, np.sum(-(1-y)*np.log(1-s)-y*np.log(s)), fn='L')
