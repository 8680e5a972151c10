from h import *
rng=np.random.default_rng(1862); d=3; C=rng.normal(size=(d,d)); n,q,k,v=[rng.normal(size=d) for _ in range(4)]; f,i=0.9,0.4
Ct=f*C+i*np.outer(v,k); nt=f*n+i*k; h=Ct@q/max(abs(nt@q),1)
run('c1862_mlstm_step', {'C_{t-1}':C,'n_{t-1}':n,'q_t':q,'k_t':k,'v_t':v,'f_t':f,'i_t':i}, h, fn=r'\tilde{h}_t')
