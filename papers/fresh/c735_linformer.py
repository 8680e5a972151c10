from h import *
rng=np.random.default_rng(735); n,dm,dk,k=6,5,3,2
Q,K,V=(rng.normal(size=(n,dm)) for _ in range(3)); WQ,WK,WV=(rng.normal(size=(dm,dk)) for _ in range(3)); E,F=rng.normal(size=(k,n)),rng.normal(size=(k,n))
P=torch.softmax(T(Q)@T(WQ)@(T(E)@T(K)@T(WK)).T/dk**.5,1)
run('c735_linformer', {'Q':Q,'K':K,'V':V,'W_i^Q':WQ,'W_i^K':WK,'W_i^V':WV,'E_i':E,'F_i':F}, (P@T(F)@T(V)@T(WV)).numpy(), fn=r'\overline{\mathrm{head}_i}')
