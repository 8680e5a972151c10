from h import *
rng=np.random.default_rng(217); n,d=4,6; Q,K,B=rng.normal(size=(n,d)),rng.normal(size=(n,d)),rng.normal(size=(n,n)); tau=0.5
Qn=T(Q)/T(Q).norm(dim=1,keepdim=True); Kn=T(K)/T(K).norm(dim=1,keepdim=True)
run('c217_swinv2_cos', {r'\mathbf{Q}':Q,r'\mathbf{K}':K,'B':B,r'\tau':tau}, (Qn@Kn.T/tau+T(B)).numpy(), fn='Sim')
