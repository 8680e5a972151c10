from h import *
rng=np.random.default_rng(1491); L,n,m,H=6,5,3,4; x=rng.normal(size=L); W1=rng.normal(size=(n,L)); W2,W3,W4=(rng.normal(size=(n,n)) for _ in range(3)); b=[rng.normal(size=n) for _ in range(4)]
Wf=rng.normal(size=(m,n)); V=rng.normal(size=(H,m)); bf=rng.normal(size=H); r=lambda z: np.maximum(z,0)
h=r(W1@x+b[0]); h=r(W2@h+b[1]); h=r(W3@h+b[2]); h=r(W4@h+b[3])
run('c1491_nbeats_generic', {r'\mathbf{x}_\ell':x,'W_1':W1,'W_2':W2,'W_3':W3,'W_4':W4,'b_1':b[0],'b_2':b[1],'b_3':b[2],'b_4':b[3],'W^f':Wf,r'\mathbf{V}^f_\ell':V,r'\mathbf{b}^f_\ell':bf}, V@(Wf@h)+bf, fn=r'\hat{\mathbf{y}}_\ell')
