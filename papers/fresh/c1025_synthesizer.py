from h import *
rng=np.random.default_rng(1025); l,d=4,3; X=rng.normal(size=(l,d)); W1=rng.normal(size=(d,d)); b1=rng.normal(size=d); W2=rng.normal(size=(d,l)); b2=rng.normal(size=l); WG=rng.normal(size=(d,d))
B=torch.relu(T(X)@T(W1)+T(b1))@T(W2)+T(b2)
run('c1025_synthesizer', {'X':X,'W_1':W1,'b_1':b1,'W_2':W2,'b_2':b2,'W_G':WG}, (torch.softmax(B,dim=1)@(T(X)@T(WG))).numpy(), fn='Y')
