from h import *
rng=np.random.default_rng(349); n=4; x=rng.normal(size=n); WH,WT=rng.normal(size=(n,n)),rng.normal(size=(n,n)); bH,bT=rng.normal(size=n),rng.normal(size=n)
Hx=np.tanh(WH@x+bH); Tx=1/(1+np.exp(-(WT@x+bT)))
run('c349_highway', {'x':x,'W_H':WH,'W_T':WT,'b_H':bH,'b_T':bT}, Hx*Tx+x*(1-Tx), fn='y')
