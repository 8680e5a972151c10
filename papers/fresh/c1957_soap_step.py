from h import *
rng=np.random.default_rng(1957); m,n=3,2
G,M=rng.normal(size=(m,n)),rng.normal(size=(m,n)); V=rng.uniform(0.1,1,size=(m,n))
QL,_=np.linalg.qr(rng.normal(size=(m,m))); QR,_=np.linalg.qr(rng.normal(size=(n,n))); b1,b2,eta,eps=0.9,0.95,0.01,1e-8
Mt=b1*M+(1-b1)*G; Gp=QL.T@G@QR; Mp=QL.T@Mt@QR; Vt=b2*V+(1-b2)*Gp*Gp; N=QL@(Mp/(np.sqrt(Vt)+eps))@QR.T
run('c1957_soap_step', {'G':G,'M':M,"V'":V,'Q_L':QL,'Q_R':QR,r'\beta_1':b1,r'\beta_2':b2,r'\eta':eta,r'\epsilon':eps}, -eta*N, fn=r'W_\Delta')
