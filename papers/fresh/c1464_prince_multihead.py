from h import *
rng=np.random.default_rng(1464); D,N=4,5; X=rng.normal(size=(D,N)); Om={k:rng.normal(size=(D//2,D)) for k in ['v1','q1','k1','v2','q2','k2']}; Oc=rng.normal(size=(D,D))
def sa(h):
    V=T(Om['v'+h])@T(X); Q=T(Om['q'+h])@T(X); K=T(Om['k'+h])@T(X)
    return V@torch.softmax(K.T@Q/np.sqrt(D/2),0)   # each column (one query) sums to 1
exp=T(Oc)@torch.cat([sa('1'),sa('2')],0)
I={r'\mathbf{X}':X, r'\boldsymbol\Omega_c':Oc}
for k,v in Om.items(): I[r'\boldsymbol\Omega_{'+k+'}']=v
run('c1464_prince_multihead', I, exp.numpy(), fn=r'\mathbf{MhSa}')
