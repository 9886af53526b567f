export const DATABASE_NAME = 'frontier';
/** The login the API and worker use; it is granted the privileges of `frontier_app`, which the migrations define. */
export const APP_LOGIN = 'frontier_api';
