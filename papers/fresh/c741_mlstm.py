from h import *
rng=np.random.default_rng(741); d=4
Cp=rng.normal(size=(d,d)); npv,q,k,v,o=(rng.normal(size=d) for _ in range(5)); i,f=0.7,0.9
C=f*Cp+i*np.outer(v,k); n=f*npv+i*k; h=o*(C@q/max(abs(n@q),1))
ins={'C_{t-1}':Cp,'n_{t-1}':npv,'q_t':q,'k_t':k,'v_t':v,'o_t':o,'i_t':i,'f_t':f}
run('c741_mlstm', ins, {'c_t':C,'h_t':h}, fn=['C_t','h_t'])
