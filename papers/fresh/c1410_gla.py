from h import *
rng=np.random.default_rng(1410); dk,dv=3,4
q,k=rng.normal(size=(1,dk)),rng.normal(size=(1,dk)); al=rng.uniform(0,1,size=(1,dk)); v=rng.normal(size=(1,dv)); S=rng.normal(size=(dk,dv))
S2=al.T@np.ones((1,dv))*S+k.T@v
run('c1410_gla', {r'\mathbf{q}_t':q,r'\mathbf{k}_t':k,r'\boldsymbol{\alpha}_t':al,r'\mathbf{v}_t':v,r'\mathbf{S}_{t-1}':S},
    {'s_t':S2,'o_t':q@S2}, fn=[r'\mathbf{S}_t',r'\mathbf{o}_t'])
