from h import *
rng=np.random.default_rng(1829); S,A=4,2; R=rng.normal(size=(S,A)); T=rng.random((S,S,A)); T/=T.sum(0,keepdims=True); U=rng.normal(size=S); g=0.9
Q=R+g*np.einsum('psa,p->sa',T,U)
run('c1829_kochenderfer_bellman', {'R':R, 'T':T, 'U_k':U, r'\gamma':g}, Q.max(1), fn='U_{k+1}')
