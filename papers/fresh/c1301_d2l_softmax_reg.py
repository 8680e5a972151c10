from h import *
rng=np.random.default_rng(1301); n,d,q=4,3,5; X=rng.normal(size=(n,d)); W=rng.normal(size=(d,q)); b=rng.normal(size=(1,q)); Y=np.eye(q)[rng.integers(0,q,size=n)]
P=torch.softmax(T(X@W+b),1).numpy(); L=np.mean(-(Y*np.log(P)).sum(1))
I={'\\mathbf{X}':X,'\\mathbf{W}':W,'\\mathbf{b}':b,'\\mathbf{Y}':Y}
run('c1301_d2l_softmax_reg', I, P, fn='\\hat{\\mathbf{Y}}')
run('c1301_d2l_softmax_reg', I, L, fn='L')
