from h import *
rng=np.random.default_rng(940); n,dm,dk,h,G=5,6,3,4,2
Q,K,V=(rng.normal(size=(n,dm)) for _ in range(3))
WQ=rng.normal(size=(h,dm,dk)); WK=rng.normal(size=(G,dm,dk)); WV=rng.normal(size=(G,dm,dk))
# head i (1-based) reads group ceil(i*G/h) (1-based)
heads=[]
for i in range(1,h+1):
    g=int(np.ceil(i*G/h))-1
    heads.append(torch.softmax(T(Q@WQ[i-1])@T(K@WK[g]).T/np.sqrt(dk),-1)@T(V@WV[g]))
run('c940_gqa_heads', {'Q':Q,'K':K,'V':V,'W_i^Q':WQ,'W_g^K':WK,'W_g^V':WV}, torch.stack(heads).numpy(), fn=r'\mathrm{head}')
