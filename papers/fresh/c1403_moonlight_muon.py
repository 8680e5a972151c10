from h import *
rng=np.random.default_rng(1403); A,B=3,5
O,W=rng.normal(size=(A,B)),rng.normal(size=(A,B)); eta,lam=0.02,0.1
run('c1403_moonlight_muon', {'O_t':O,'W_{t-1}':W,r'\eta_t':eta,r'\lambda':lam}, W-eta*(0.2*O*np.sqrt(max(A,B))+lam*W), fn='W_t')
