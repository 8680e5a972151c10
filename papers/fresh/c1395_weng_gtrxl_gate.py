from h import *
import torch
rng=np.random.default_rng(1395); d=4
x,y,b=[rng.normal(size=d) for _ in range(3)]; Wr,Ur,Wz,Uz,Wg,Ug=[rng.normal(size=(d,d))*0.5 for _ in range(6)]
s=lambda v:1/(1+np.exp(-v))
r=s(Wr@y+Ur@x); z=s(Wz@y+Uz@x-b); h=np.tanh(Wg@y+Ug@(r*x)); g=(1-z)*x+z*h
run('c1395_weng_gtrxl_gate', {'x':x,'y':y,r'b_g^{(l)}':b,r'W_r^{(l)}':Wr,r'U_r^{(l)}':Ur,r'W_z^{(l)}':Wz,r'U_z^{(l)}':Uz,r'W_g^{(l)}':Wg,r'U_g^{(l)}':Ug}, g, fn=r'g^{(l)}')
