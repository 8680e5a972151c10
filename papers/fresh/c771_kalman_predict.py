from h import *
rng=np.random.default_rng(771); n,l=3,2; A=rng.normal(size=(n,n)); B=rng.normal(size=(n,l)); x=rng.normal(size=n); u=rng.normal(size=l); P=rng.normal(size=(n,n)); P=P@P.T; Q=np.eye(n)*0.1
run('c771_kalman_predict', {'A':A,'B':B,r'\hat{x}_{k-1}':x,'u_{k-1}':u,'P_{k-1}':P,'Q':Q}, {'x_hat_k':A@x+B@u,'p_k':A@P@A.T+Q}, fn=[r'\hat{x}_k^-','P_k^-'])
