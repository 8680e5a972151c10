from h import *
rng=np.random.default_rng(812); V,d=5,3
X=rng.uniform(1,200,size=(V,V)); w=rng.normal(size=(V,d)); wt=rng.normal(size=(V,d)); b=rng.normal(size=V); bt=rng.normal(size=V)
f=np.where(X<100,(X/100)**0.75,1.0)
J=(f*(w@wt.T+b[:,None]+bt[None,:]-np.log(X))**2).sum()
run('c812_glove', {'X':X,'w':w,r'\tilde{w}':wt,'b':b,r'\tilde{b}':bt}, J, fn='J', rtol=1e-4)
