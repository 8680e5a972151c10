from h import *
rng=np.random.default_rng(740); Tx,Ty,n,n2=5,3,3,4
h=rng.normal(size=(Tx,2*n)); s=rng.normal(size=(Ty,n)); Wa=rng.normal(size=(n2,n)); Ua=rng.normal(size=(n2,2*n)); va=rng.normal(size=n2)
e=torch.tanh((T(s)@T(Wa).T)[:,None,:]+(T(h)@T(Ua).T)[None,:,:])@T(va)   # [Ty, Tx]; row r uses s_r = s_{i-1}, i = r+1
a=torch.softmax(e,1)
run('c740_bahdanau_context', {'h':h,'s':s,'W_a':Wa,'U_a':Ua,'v_a':va}, (a@T(h)).numpy(), fn='c_i')
