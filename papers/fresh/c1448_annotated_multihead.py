from h import *
rng=np.random.default_rng(1448); n,dm,dk,dv,h=4,6,3,2,2
Q,K,V=(rng.normal(size=(n,dm)) for _ in range(3))
WQ,WK=rng.normal(size=(h,dm,dk)),rng.normal(size=(h,dm,dk)); WV=rng.normal(size=(h,dm,dv)); WO=rng.normal(size=(h*dv,dm))
heads=[torch.softmax(T(Q@WQ[i])@T(K@WK[i]).T/np.sqrt(dk),-1)@T(V@WV[i]) for i in range(h)]
run('c1448_annotated_multihead', {'Q':Q,'K':K,'V':V,'W^Q_i':WQ,'W^K_i':WK,'W^V_i':WV,'W^O':WO}, (torch.cat(heads,-1)@T(WO)).numpy(), fn=r'\mathrm{MultiHead}')
