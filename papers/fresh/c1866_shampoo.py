from h import *
rng=np.random.default_rng(1866); m,n=3,2; W=rng.normal(size=(m,n)); G=rng.normal(size=(m,n)); L0=np.eye(m)*0.5; R0=np.eye(n)*0.5; eta=0.1
def mp(A,p):
    w,U=np.linalg.eigh(A); return U@np.diag(w**p)@U.T
L=L0+G@G.T; R=R0+G.T@G
run('c1866_shampoo', {'W_t':W,'G_t':G,'L_{t-1}':L0,'R_{t-1}':R0,r'\eta':eta}, W-eta*mp(L,-0.25)@G@mp(R,-0.25), fn='W_{t+1}')
