from h import *
rng=np.random.default_rng(368); m,n=3,4; W,G=rng.normal(size=(m,n)),rng.normal(size=(m,n)); A=rng.normal(size=(m,m)); L=A@A.T+np.eye(m); B=rng.normal(size=(n,n)); R=B@B.T+np.eye(n); eta=0.1
def mp(M,p):
    w,V=np.linalg.eigh(M); return V@np.diag(w**p)@V.T
run('c368_shampoo', {'W_t':W,'G_t':G,'L_t':L,'R_t':R,r'\eta':eta}, W-eta*mp(L,-0.25)@G@mp(R,-0.25), fn='W_{t+1}')
