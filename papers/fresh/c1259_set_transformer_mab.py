from h import *
rng=np.random.default_rng(1259); n,m,d=3,5,4; X=rng.normal(size=(n,d)); Y=rng.normal(size=(m,d)); Wq,Wk,Wv,W=(rng.normal(size=(d,d))*0.5 for _ in range(4))
H=T(X)+torch.softmax(T(X@Wq)@T(Y@Wk).T/np.sqrt(d),1)@T(Y@Wv)
run('c1259_set_transformer_mab', {'X':X,'Y':Y,'W^Q':Wq,'W^K':Wk,'W^V':Wv,'W':W}, (H+torch.relu(H@T(W))).numpy(), fn=r'\mathrm{MAB}')
